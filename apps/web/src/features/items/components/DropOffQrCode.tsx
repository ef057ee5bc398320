import { Image } from '@mantine/core';
import { toString } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The drop-off code as a QR code, for the staff of the point to scan. */
export function DropOffQrCode({ code, size = 160 }: { code: string; size?: number }) {
  const { t } = useTranslation();
  const [drawn, setDrawn] = useState<{ code: string; svg: string }>();

  useEffect(() => {
    let current = true;
    toString(code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (current) setDrawn({ code, svg });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [code]);

  if (drawn?.code !== code) return null;
  return (
    <Image
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`}
      alt={t('items.dropOffs.qrAlt', { code })}
      w={size}
      h={size}
      fit="contain"
      bg="white"
      data-testid="drop-off-qr"
    />
  );
}
