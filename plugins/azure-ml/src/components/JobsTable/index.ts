export * from './JobsTable';
export * from './jobColumns';
export * from './formatJobCompute';
export * from './formatJobDuration';
