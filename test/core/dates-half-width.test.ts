import { describe, expect, it } from 'vitest';
import { activityDate, activityDateOfHalfWidth } from '../../data-prep/core/dates.ts';
import { normalizeForMatch } from '../../data-prep/core/normalize.ts';

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

describe('activityDateOfHalfWidth', () => {
  const texts = [
    '本报讯 5月15日,市总工会举行技能大赛。2023年以来,全市开展活动。',
    '２０２３年５月１５日，區總工會開展送溫暖活動。',
    '今年以来,工会帮扶困难职工。去年共有100人。',
    '會議於二〇二二年十二月二十七日召開。\n\n近日,各地工會組織培訓。',
  ];

  it.each(texts)('on normalised text reads what activityDate reads: %s', (text) => {
    const norm = normalizeForMatch(text);
    expect(FULL_WIDTH.test(norm)).toBe(false);
    for (const pub of ['2023-05-20', '2022-12-31', null]) {
      expect(activityDateOfHalfWidth(norm, pub)).toEqual(activityDate(norm, pub));
      expect(activityDateOfHalfWidth(norm, pub)).toEqual(activityDate(text, pub));
    }
  });
});
