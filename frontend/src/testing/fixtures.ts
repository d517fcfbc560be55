// Answers of the backend, shaped like the API's, for unit tests.
import { onApi } from './mock-api';

export const codeLists = {
  gender: [
    { code: 'female', labels: { de: 'weiblich', en: 'female' } },
    { code: 'male', labels: { de: 'männlich', en: 'male' } },
  ],
  residenceStatus: [],
  qualification: [],
  recognitionStatus: [],
  germanLevel: [{ code: 'b1', labels: { de: 'B1', en: 'B1' } }],
  referralSource: [],
  consentScope: [],
  nationality: [{ code: 'SY', labels: { de: 'Syrien', en: 'Syria' } }],
  sector: [],
  sizeClass: [],
  closingReason: [],
  channel: [{ code: 'phone', labels: { de: 'Telefon', en: 'Phone' } }],
  topic: [{ code: 'job_search', labels: { de: 'Arbeitssuche', en: 'Job search' } }],
  placementType: [{ code: 'employment', labels: { de: 'Beschäftigung', en: 'Employment' } }],
  placementEndReason: [],
  followUpResult: [],
};

export const me = (roles: string[], projects: { id: string; name: string; role: string }[] = []) => ({
  subject: 's',
  personId: 'person-1',
  username: 'mentor.leipzig',
  name: 'Lena Hoffmann',
  email: null,
  roles,
  projects,
});

export function referenceData() {
  onApi('GET /api/v1/code-lists', { body: codeLists });
  onApi('GET /api/v1/districts', { body: [{ ags: '14713', name: 'Leipzig', kind: 'city' }] });
}
