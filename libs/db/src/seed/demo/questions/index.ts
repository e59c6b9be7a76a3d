import { DemoQuestion } from './demo-question';
import { withPracticeShare } from './practice-share';
import { GOV_BASICS_QUESTIONS } from './gov-basics';
import { GOV_BUSINESS_QUESTIONS } from './gov-business';
import { GOV_ENTERPRISE_QUESTIONS } from './gov-enterprise';
import { GOV_MARKETING_QUESTIONS } from './gov-marketing';
import { VIP_ETIQUETTE_QUESTIONS } from './vip-etiquette';
import { VIP_KEY_SERVICES_QUESTIONS } from './vip-key-services';
import { VIP_LAW_QUESTIONS } from './vip-law';
import { VIP_PROFESSIONAL_BASICS_QUESTIONS } from './vip-professional-basics';
import { VIP_SERVICE_MARKETING_QUESTIONS } from './vip-service-marketing';
import { VIP_TELECOM_BASICS_QUESTIONS } from './vip-telecom-basics';

export * from './demo-question';

/** The demo question bank of both tracks, one file per blueprint area, in syllabus order, with
 * a share of the exam questions also offered for practice (practice-share.ts). */
export const DEMO_QUESTIONS: DemoQuestion[] = withPracticeShare([
  ...VIP_TELECOM_BASICS_QUESTIONS, // VIP-1.1 电信基础知识
  ...VIP_ETIQUETTE_QUESTIONS, // VIP-1.2 服务礼仪及行为规范
  ...VIP_PROFESSIONAL_BASICS_QUESTIONS, // VIP-2.1 专业基本知识
  ...VIP_KEY_SERVICES_QUESTIONS, // VIP-2.2 重点业务知识
  ...VIP_SERVICE_MARKETING_QUESTIONS, // VIP-2.3 服务营销知识
  ...VIP_LAW_QUESTIONS, // VIP-3 法律知识
  ...GOV_BASICS_QUESTIONS, // GOV-B 基础篇
  ...GOV_ENTERPRISE_QUESTIONS, // GOV-E 企业篇
  ...GOV_BUSINESS_QUESTIONS, // GOV-Y 业务篇
  ...GOV_MARKETING_QUESTIONS, // GOV-M 营销技能篇
]);
