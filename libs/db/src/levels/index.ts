export * from './decision-policy-store';
export * from './competency-model-facts';
export * from './candidate-facts';
export * from './assess-candidate';
export * from './request-decisions';
