// Labels for the controlled vocabularies in Khmer: the same keys as vocabulary.en.ts (type-checked).
import type { en } from './vocabulary.en';

export const km: typeof en = {
  roles: {
    'commune-chief': 'មេឃុំ',
    'first-deputy-commune-chief': 'ជំទប់ទី១',
    'second-deputy-commune-chief': 'ជំទប់ទី២',
    'deputy-commune-chief': 'ជំទប់ (មិនបញ្ជាក់លំដាប់)',
    'commune-councillor': 'សមាជិកក្រុមប្រឹក្សាឃុំ',
    'commune-council-candidate': 'បេក្ខជនក្រុមប្រឹក្សាឃុំ',
    'district-councillor': 'សមាជិកក្រុមប្រឹក្សាស្រុក',
    'provincial-councillor': 'សមាជិកក្រុមប្រឹក្សាខេត្ត',
    'national-assembly-member': 'តំណាងរាស្ត្រ',
    'party-official': 'មន្ត្រីគណបក្ស',
    'member-supporter': 'សមាជិក ឬអ្នកគាំទ្រគណបក្ស',
    other: 'ផ្សេងៗ'
  },
  tags: {
    'party-leader-prosecuted': 'មេដឹកនាំគណបក្សត្រូវបានចោទប្រកាន់',
    'keep-position': 'រក្សាតំណែង ឬប្រាក់បៀវត្សរ៍',
    'pressure-or-summons': 'សម្ពាធ ឬដីកាកោះហៅ',
    'broken-promise': 'ការសន្យាមិនបានសម្រេច',
    'excluded-from-list': 'ត្រូវដកចេញពីបញ្ជីបេក្ខជន',
    'party-dissolution': 'ការរំលាយគណបក្ស',
    'praises-new-party': 'សរសើរគណបក្សថ្មី',
    'grievance-with-party': 'មិនពេញចិត្តគណបក្សចាស់'
  },
  stances: {
    supportive: 'គាំទ្រ',
    critical: 'រិះគន់',
    mixed: 'ចម្រុះ',
    distrustful: 'មិនទុកចិត្ត',
    neutral: 'អព្យាក្រឹត'
  },
  statuses: {
    confirmed: 'បានបញ្ជាក់',
    reported: 'បានរាយការណ៍',
    disputed: 'មានការជំទាស់'
  },
  precisions: {
    day: 'ថ្ងៃជាក់លាក់',
    approximate: 'ប្រហែលថ្ងៃនេះ',
    month: 'តែខែ',
    year: 'តែឆ្នាំ',
    range: 'ចន្លោះកាលបរិច្ឆេទពីរ',
    unknown: 'មិនដឹងកាលបរិច្ឆេទ'
  }
};
