import { describe, it } from 'vitest';
import { formatReport } from '../../src/reporters/index.js';
import { expectGolden, goldenOptions, loadReport, loadSubdirReport, subdirOptions } from './fixture.js';

// Golden outputs for every format from one fixed report (regenerate with UPDATE_GOLDEN=1).
describe('golden reporter output', () => {
  it('text', () => {
    expectGolden('report.txt', formatReport('text', loadReport(), goldenOptions()));
  });

  it('text with colour', () => {
    expectGolden('report.color.txt', formatReport('text', loadReport(), { ...goldenOptions(), color: true }));
  });

  it('json', () => {
    expectGolden('report.json', formatReport('json', loadReport(), goldenOptions()));
  });

  it('sarif', () => {
    expectGolden('report.sarif', formatReport('sarif', loadReport(), goldenOptions()));
  });

  it('sarif, run from a subdirectory of the repository', () => {
    expectGolden('report.subdir.sarif', formatReport('sarif', loadSubdirReport(), subdirOptions()));
  });

  it('junit (fail on error)', () => {
    expectGolden('report.junit.xml', formatReport('junit', loadReport(), goldenOptions()));
  });

  it('junit (fail on warning)', () => {
    expectGolden('report.fail-on-warning.junit.xml', formatReport('junit', loadReport(), { ...goldenOptions(), failOn: 'warning' }));
  });

  it('github', () => {
    expectGolden('report.github.txt', formatReport('github', loadReport(), goldenOptions()));
  });

  it('github, run from a subdirectory of the repository', () => {
    expectGolden('report.subdir.github.txt', formatReport('github', loadSubdirReport(), subdirOptions()));
  });
});
