import { Button, Group, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref } from 'react-router';

/** "Share this page": the page's absolute address, ready to be copied. */
export function ShareLink({ path }: { path: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const href = useHref(path);
  const url = new URL(href, window.location.origin).href;
  const [copied, setCopied] = useState<'yes' | 'failed'>();

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('district.share.title')}
      </Title>
      <Text mb="sm">{t('district.share.text')}</Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('district.share.label')}
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: '1 1 16rem' }}
        />
        <Button onClick={() => void copy()}>{t('district.share.copy')}</Button>
      </Group>
      {/* Present from the start so that screen readers announce the change. */}
      <Text
        role="status"
        size="sm"
        mt="xs"
        fw={copied === 'yes' ? 600 : undefined}
        c={copied === 'failed' ? 'red.9' : undefined}
      >
        {copied === 'yes'
          ? t('district.share.copied')
          : copied === 'failed'
            ? t('district.share.failed')
            : ''}
      </Text>
    </section>
  );
}
