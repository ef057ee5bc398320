export { ItemsModule } from './lib/items.module';
export { attributeFifo } from './lib/utils/fifo-attribution.util';
