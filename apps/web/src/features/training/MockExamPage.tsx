import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { QueryState } from '../../app/components/QueryState';
import { mockExamQueryOptions, trainingKeys } from './api';
import { MockPaper } from './MockPaper';
import { MockResult } from './MockResult';

/** 模拟考试 paper: in progress it is sat like the real one; once graded it shows the result. */
export function MockExamPage() {
  const { mockId = '' } = useParams();
  const queryClient = useQueryClient();
  const mock = useQuery(mockExamQueryOptions(mockId));
  const data = mock.data;
  const reload = () => void queryClient.invalidateQueries({ queryKey: trainingKeys.mock(mockId) });
  return (
    <QueryState query={mock}>
      {data && (data.result ? <MockResult mock={data} result={data.result} /> : <MockPaper key={data.id} mock={data} onGraded={reload} />)}
    </QueryState>
  );
}
