// Words for the client-rendered person page and the capped record lists of large datasets, in both languages (same shape, type-checked).

const en = {
  person: {
    loading: 'Loading the record…',
    noIdTitle: 'Which record?',
    noId: 'This page shows one record, named by the id in its address (/person/?id=…). Search for a person, or find them on the dashboard.',
    notFoundTitle: 'No such record',
    notFound: (id: string) => `No record has the id “${id}”. It may have been renamed or removed: the list of changes says which.`,
    failed: 'The record could not be loaded. Check your connection, then reload the page.',
    noscript:
      'This page needs JavaScript to show a record, and it is turned off. Every record is also in the data downloads, and on its commune’s page, which you reach from the province pages.',
    search: 'Search',
    changes: 'List of changes',
    downloads: 'Data downloads',
    provinces: 'Provinces and communes'
  },
  lists: {
    firstOf: (shown: string, total: string) => `This page shows the first ${shown} of ${total} records, oldest first.`,
    seeAll: 'See them all on the dashboard',
    orDownload: 'or in the data downloads',
    onDashboard: 'See them on the dashboard, on the map and the timeline'
  }
};

export type ProfileMessages = typeof en;

const km: ProfileMessages = {
  person: {
    loading: 'កំពុងផ្ទុកកំណត់ត្រា…',
    noIdTitle: 'កំណត់ត្រាមួយណា?',
    noId: 'ទំព័រនេះបង្ហាញកំណត់ត្រាមួយ តាមលេខសម្គាល់ (id) ក្នុងអាសយដ្ឋានរបស់វា (/person/?id=…)។ សូមស្វែងរកឈ្មោះមនុស្ស ឬរកគាត់នៅលើផ្ទាំងទិន្នន័យ។',
    notFoundTitle: 'រកមិនឃើញកំណត់ត្រា',
    notFound: (id) => `គ្មានកំណត់ត្រាណាមានលេខសម្គាល់ «${id}» ទេ។ វាប្រហែលជាត្រូវបានប្ដូរឈ្មោះ ឬលុបចោល៖ បញ្ជីការកែប្រែប្រាប់ថាមួយណា។`,
    failed: 'មិនអាចផ្ទុកកំណត់ត្រាបានទេ។ សូមពិនិត្យការតភ្ជាប់ រួចផ្ទុកទំព័រម្ដងទៀត។',
    noscript:
      'ទំព័រនេះត្រូវការ JavaScript ដើម្បីបង្ហាញកំណត់ត្រា ប៉ុន្តែ JavaScript ត្រូវបានបិទ។ កំណត់ត្រានីមួយៗក៏មាននៅក្នុងឯកសារទិន្នន័យសម្រាប់ទាញយក និងនៅលើទំព័រឃុំរបស់វា ដែលអ្នកអាចចូលបានពីទំព័រខេត្ត។',
    search: 'ស្វែងរក',
    changes: 'បញ្ជីការកែប្រែ',
    downloads: 'ទាញយកទិន្នន័យ',
    provinces: 'ខេត្ត និងឃុំ'
  },
  lists: {
    firstOf: (shown, total) => `ទំព័រនេះបង្ហាញកំណត់ត្រា ${shown} ដំបូង ក្នុងចំណោម ${total} គិតពីចាស់បំផុត។`,
    seeAll: 'មើលទាំងអស់នៅលើផ្ទាំងទិន្នន័យ',
    orDownload: 'ឬក្នុងឯកសារទិន្នន័យសម្រាប់ទាញយក',
    onDashboard: 'មើលពួកវានៅលើផ្ទាំងទិន្នន័យ លើផែនទី និងតាមពេលវេលា'
  }
};

export const PROFILE_MESSAGES = { en, km };
