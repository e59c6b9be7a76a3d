export * from './item-analysis.queries';
