export * from './AzureMlEntityContent';
