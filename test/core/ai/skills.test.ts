import { describe, expect, it } from 'vitest';
import { agentSkills, isValidSkillName, skillDescription, skillName } from '../../../src/core/ai/skills.ts';
import type { AiSop } from '../../../src/core/ai/sop-view.ts';
import { sampleOutputs } from './sample.ts';

describe('Agent Skills names', () => {
  it('keeps an id of up to 64 characters as it is', () => {
    expect(skillName('refunds-and-credits')).toBe('refunds-and-credits');
    expect(skillName('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it('cuts a longer id at a hyphen, or at 64 characters when it has none', () => {
    expect(skillName(`${'abcdefghi-'.repeat(7)}end`)).toBe('abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi');
    expect(skillName('x'.repeat(70))).toBe('x'.repeat(64));
  });

  it('tells valid names from invalid ones as the specification does', () => {
    expect(['pdf-processing', 'a', 'a1-b2'].every(isValidSkillName)).toBe(true);
    expect(['', 'PDF', '-pdf', 'pdf-', 'pdf--x', 'a'.repeat(65), 'pdf_x'].some(isValidSkillName)).toBe(false);
  });

  it('gives two ids that cut to the same name different folders, each valid', async () => {
    const { publication } = await sampleOutputs();
    const base = publication.sops.find((sop) => sop.id === 'refunds-and-credits')!;
    const long = 'abcdefghi-'.repeat(7);
    const sops: AiSop[] = [
      { ...base, id: `${long}one` },
      { ...base, id: `${long}two` },
    ];
    const skills = agentSkills(sops);
    expect(skills.map((skill) => skill.name)).toEqual([
      'abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi',
      'abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-2',
    ]);
    expect(skills.every((skill) => isValidSkillName(skill.name) && skill.path === `${skill.name}/SKILL.md`)).toBe(true);
  });

  it('keeps every description of the sample within 1,024 characters, and cuts a longer one at a word', async () => {
    const { publication } = await sampleOutputs();
    for (const sop of publication.sops) expect(skillDescription(sop).length, sop.id).toBeLessThanOrEqual(1024);
    const base = publication.sops[0]!;
    const long = skillDescription({ ...base, policy: { ...base.policy, whenToUse: 'word '.repeat(400).trim() } });
    expect(long.length).toBeLessThanOrEqual(1024);
    expect(long).toMatch(/ word…$/);
  });
});
