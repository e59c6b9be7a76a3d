export * from './spreadsheet.types';
export * from './zip-guard';
export * from './cell-text';
export * from './read-sheet';
export * from './write-sheet';
