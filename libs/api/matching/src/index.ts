export { MatchingModule } from './lib/matching.module';
export { MatchingRunsService } from './lib/services/matching-runs.service';
export { RunTrigger } from './lib/matching.enums';
