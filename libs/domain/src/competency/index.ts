export * from './propose-level';
export * from './aggregate-ratings';
export * from './competency-profile';
