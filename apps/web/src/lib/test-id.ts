/** `data-testid` for props objects that are not JSX (e.g. antd `okButtonProps`). */
export function testId(id: string): { 'data-testid': string } {
  return { 'data-testid': id };
}
