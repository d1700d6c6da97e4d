import { FAMILY, type FamilyMember } from '../../models/efficientnet/family';

/**
 * The shipped family members: each card and its ONNX file's URL, found by Vite at build time
 * (a member that has not been trained yet is simply absent). Cards are small JSON, bundled.
 */
interface EffnetCard {
  name: string;
  parameters: number;
  architecture: { curve: string; phi: number; resolution: number; macs: number; repeats: number[]; channels: number[]; blocks: number };
  validation: { accuracy: number };
  training: { wallTimeSeconds: number; epochs: number };
  files: { model: { name: string; bytes: number } };
  command: string;
}
export interface ShippedMember extends FamilyMember {
  card: EffnetCard;
  url: string;
}

const cards = import.meta.glob<EffnetCard>('../../../models/effnet-*/card.json', { eager: true, import: 'default' });
const urls = import.meta.glob<string>('../../../models/effnet-*/*.onnx', { eager: true, query: '?url', import: 'default' });

export const SHIPPED: ShippedMember[] = FAMILY.flatMap((m) => {
  const card = cards[`../../../models/${m.name}/card.json`];
  const url = urls[`../../../models/${m.name}/${m.name}.onnx`];
  return card && url ? [{ ...m, card, url }] : [];
});
