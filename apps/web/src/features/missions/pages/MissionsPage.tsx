import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { FilterSelect } from '../../../components/FilterSelect';
import { QueryStatus } from '../../../components/QueryStatus';
import type { MissionKind, MissionSearchInput } from '../../../gql/graphql';
import { collectPages } from '../../../utils/csv';
import classes from '../../identity/components/IdentityForm.module.css';
import { useViewer } from '../../identity/hooks/useViewer';
import { useDistrictOptions } from '../../items/utils/format';
import { MissionCard } from '../components/MissionCard';
import { MissionRecommendations } from '../components/MissionRecommendations';
import { MissionsMap } from '../components/MissionsMap';
import { MISSION_SEARCH_QUERY } from '../graphql/missionsOperations';
import { useMissionCsvColumns } from '../hooks/useMissionCsvColumns';
import { MISSION_KINDS, MISSION_LANGUAGES, useLanguageName } from '../utils/format';

/** How many missions a page of results holds ("Voir plus" asks for the next one). */
export const MISSIONS_PAGE_SIZE = 20;

/** How many missions the export asks for at a time (the most the API gives). */
export const MISSIONS_EXPORT_PAGE_SIZE = 50;

/** The search, kept in the address so that it can be shared or bookmarked. */
const PARAMS = {
  text: 'q',
  kind: 'type',
  districtCode: 'arrondissement',
  language: 'langue',
  date: 'date',
  forSolidarityReserve: 'reserve',
  forCivicService: 'civique',
} as const;
type SearchKey = keyof typeof PARAMS;

const VIEW_PARAM = 'vue';
const MAP_VIEW = 'carte';

/** The search without paging, as the address says; only what is set. */
function searchFromParams(params: URLSearchParams): Omit<MissionSearchInput, 'first' | 'offset'> {
  const search: Omit<MissionSearchInput, 'first' | 'offset'> = {};
  const text = params.get(PARAMS.text)?.trim();
  if (text) search.text = text;
  const kind = params.get(PARAMS.kind);
  if (kind && (MISSION_KINDS as readonly string[]).includes(kind)) search.kind = kind as MissionKind;
  const districtCode = params.get(PARAMS.districtCode);
  if (districtCode) search.districtCode = districtCode;
  const language = params.get(PARAMS.language);
  if (language) search.language = language;
  const date = params.get(PARAMS.date);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) search.date = date;
  if (params.get(PARAMS.forSolidarityReserve) === '1') search.forSolidarityReserve = true;
  if (params.get(PARAMS.forCivicService) === '1') search.forCivicService = true;
  return search;
}

function useMissionSearch() {
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const update = (changes: Partial<Record<SearchKey | 'view', string>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          const param = key === 'view' ? VIEW_PARAM : PARAMS[key as SearchKey];
          if (value) next.set(param, value);
          else next.delete(param);
        }
        return next;
      },
      { replace: true },
    );
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return { search, view: params.get(VIEW_PARAM) === MAP_VIEW ? 'map' : 'list', update, clear } as const;
}

/** "Rechercher une mission", then the filters: each change asks the API again. */
function MissionSearchForm({
  search,
  onChange,
  onClear,
}: {
  search: Omit<MissionSearchInput, 'first' | 'offset'>;
  onChange: (changes: Partial<Record<SearchKey, string>>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const districtOptions = useDistrictOptions();
  const languageName = useLanguageName();
  const [text, setText] = useState(search.text ?? '');
  const filtered = Object.keys(search).length > 0;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ text: text.trim() });
  };

  return (
    <Paper
      component="form"
      withBorder
      p="md"
      role="search"
      aria-labelledby="missions-search-heading"
      className={classes.form}
      onSubmit={handleSubmit}
      noValidate
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="missions-search-heading">
          {t('missions.search.filters')}
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('missions.search.searchLabel')}
            description={t('missions.search.searchHelp')}
            placeholder={t('missions.search.searchPlaceholder')}
            type="search"
            name="q"
            maxLength={200}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit">{t('missions.search.submit')}</Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <FilterSelect
            label={t('missions.search.kind')}
            name="kind"
            value={search.kind}
            onChange={(value) => onChange({ kind: value })}
            anyLabel={t('missions.search.allKinds')}
            options={MISSION_KINDS.map((kind) => ({ value: kind, label: t(`missions.kinds.${kind}`) }))}
          />
          <FilterSelect
            label={t('missions.search.district')}
            name="districtCode"
            value={search.districtCode}
            onChange={(value) => onChange({ districtCode: value })}
            anyLabel={t('missions.search.allDistricts')}
            options={districtOptions}
          />
          <FilterSelect
            label={t('missions.search.language')}
            name="language"
            value={search.language}
            onChange={(value) => onChange({ language: value })}
            anyLabel={t('missions.search.anyLanguage')}
            options={MISSION_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))}
          />
          <TextInput
            label={t('missions.search.date')}
            description={t('missions.search.dateHelp')}
            name="date"
            type="date"
            value={search.date ?? ''}
            onChange={(event) => onChange({ date: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Group gap="xl" wrap="wrap" align="flex-start">
          <Checkbox
            label={t('missions.search.solidarityReserve')}
            description={t('missions.search.solidarityReserveHelp')}
            name="forSolidarityReserve"
            checked={search.forSolidarityReserve === true}
            onChange={(event) => onChange({ forSolidarityReserve: event.currentTarget.checked ? '1' : '' })}
          />
          <Checkbox
            label={t('missions.search.civicService')}
            description={t('missions.search.civicServiceHelp')}
            name="forCivicService"
            checked={search.forCivicService === true}
            onChange={(event) => onChange({ forCivicService: event.currentTarget.checked ? '1' : '' })}
          />
        </Group>
        {filtered ? (
          <Group>
            <Button
              variant="outline"
              onClick={() => {
                setText('');
                onClear();
              }}
            >
              {t('missions.search.clear')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Two toggle buttons: the results as a list or as a map of the arrondissements. */
function ViewSwitch({ view, onChange }: { view: 'list' | 'map'; onChange: (view: 'list' | 'map') => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} role="group" aria-label={t('missions.search.view')}>
      {(['list', 'map'] as const).map((value) => (
        <Button
          key={value}
          size="compact-md"
          variant={view === value ? 'filled' : 'outline'}
          aria-pressed={view === value}
          onClick={() => onChange(value)}
        >
          {t(value === 'list' ? 'missions.search.viewList' : 'missions.search.viewMap')}
        </Button>
      ))}
    </Group>
  );
}

/** `/missions`: search the volunteer missions (public); recommendations for a signed-in volunteer. */
export function MissionsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { search, view, update, clear } = useMissionSearch();
  const variables = { search: { ...search, first: MISSIONS_PAGE_SIZE, offset: 0 } };
  const { data, previousData, loading, error, fetchMore } = useQuery(MISSION_SEARCH_QUERY, { variables });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const title = t('missions.search.title');
  const result = data?.missions ?? (error ? previousData?.missions : undefined);
  const client = useApolloClient();
  const csvColumns = useMissionCsvColumns();

  /** Every mission the search finds, page after page, for the export. */
  const loadAllMissions = () =>
    collectPages(async (offset: number | null) => {
      const { data: page } = await client.query({
        query: MISSION_SEARCH_QUERY,
        variables: { search: { ...search, first: MISSIONS_EXPORT_PAGE_SIZE, offset: offset ?? 0 } },
        fetchPolicy: 'no-cache',
      });
      if (!page) throw new Error('No missions');
      const next = (offset ?? 0) + page.missions.missions.length;
      return { rows: page.missions.missions, next: next < page.missions.total ? next : null };
    });

  const loadMore = async () => {
    if (!result) return;
    setMoreFailed(false);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { search: { ...variables.search, offset: result.missions.length } },
        updateQuery: (previous, { fetchMoreResult }) => ({
          missions: {
            ...fetchMoreResult.missions,
            missions: [...previous.missions.missions, ...fetchMoreResult.missions.missions],
          },
        }),
      });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7" maw="46rem">
          {t('missions.search.intro')}
        </Text>
      </Stack>
      {viewer ? <MissionRecommendations /> : null}
      <MissionSearchForm search={search} onChange={update} onClear={clear} />
      <section aria-labelledby="missions-results-heading">
        <Group justify="space-between" align="center" gap="sm" wrap="wrap" mb="xs">
          <Title order={2} size="h3" id="missions-results-heading">
            {t('missions.search.resultsTitle')}
          </Title>
          <ViewSwitch view={view} onChange={(next) => update({ view: next === 'map' ? MAP_VIEW : '' })} />
        </Group>
        {result ? (
          <Stack gap="md">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text role="status" c="gray.7" data-testid="missions-count">
                {result.totalCapped
                  ? t('missions.search.countCapped', { count: result.total })
                  : t('missions.search.count', { count: result.total })}
              </Text>
              <ExportCsvButton
                filename="missions"
                columns={csvColumns}
                loadRows={loadAllMissions}
                disabled={result.missions.length === 0}
              />
            </Group>
            {result.missions.length === 0 ? (
              <Text>{t('missions.search.empty')}</Text>
            ) : view === 'map' ? (
              <MissionsMap
                missions={result.missions}
                onShowDistrict={(code) => update({ districtCode: code, view: '' })}
              />
            ) : (
              <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
                {result.missions.map((mission) => (
                  <li key={mission.id}>
                    <MissionCard mission={mission} />
                  </li>
                ))}
              </Stack>
            )}
            {moreFailed ? (
              <Alert color="red.9" role="alert">
                {t('app.error')}
              </Alert>
            ) : null}
            {result.missions.length < result.total ? (
              <Group gap="md" align="center" wrap="wrap">
                <Button variant="outline" loading={loadingMore} onClick={() => void loadMore()}>
                  {t('missions.search.loadMore')}
                </Button>
                <Text size="sm" c="gray.7">
                  {t('missions.search.shown', { shown: result.missions.length, total: result.total })}
                </Text>
              </Group>
            ) : null}
          </Stack>
        ) : null}
        {!result || error ? <QueryStatus loading={loading} error={error} /> : null}
      </section>
    </Stack>
  );
}
