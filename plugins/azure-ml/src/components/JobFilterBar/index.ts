export * from './JobFilterBar';
