export * from './insert-user';
export * from './password-hasher';
