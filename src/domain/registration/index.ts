// One-form establishment (issue 6; Trial Measures Art. 13): pure domain code, no I/O. The server reads the
// reference files of reference-data/registration/ with the schemas here, and reviews each form with
// reviewEstablishment, passing in the facts other features establish (the name check, the admission check).
export { BusinessScopeCatalogue, DomicileCatalogue, FollowUpTasks, IntegratedCertificates, certificatesInForce, type RegistrationData, type ScopeItem } from './registration-data.ts';
export { EstablishmentForm, EstablishmentLegalForm, IdType, foreignFacts, isForeign, type EstablishmentFormInput, type Investor, type Officer, type Person } from './establishment-form.ts';
export { deriveDomicile, type DerivedDomicile, type DomicileResult, type ZoneDistricts } from './domicile.ts';
export { reviewEstablishment, routeOf, type Finding, type FormalReview, type ReviewFacts, type Severity } from './formal-review.ts';
export { COMPOSITION_TEXT, CompositionForm, IndividualBusinessForm, reviewIndividualBusiness, type IndividualBusinessFormInput, type IndividualReviewFacts } from './individual-business.ts';
export { residentIdCheckChar, residentIdProblem } from './resident-id.ts';
export { businessScopeText, entityTypeText } from './licence-fields.ts';
export {
  ChangeRequest,
  CHANGE_FIELDS,
  applyChanges,
  changedFields,
  classifyChanges,
  licenceChanges,
  licenceParticulars,
  reviewChange,
  type ChangeClassification,
  type ChangeField,
  type ChangeRequestInput,
  type ChangeReview,
} from './change-request.ts';
