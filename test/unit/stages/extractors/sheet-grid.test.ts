import { describe, expect, it } from 'vitest';
import { sheetPairs } from '../../../../src/processors/stages/extractors/sheet-grid.js';

describe('a spreadsheet’s column letters and row numbers', () => {
  it('pairs the header with a row holding a contact, the grid left out', () => {
    const pairs = sheetPairs([
      ['', 'A', 'B', 'C'],
      ['1', 'Name', 'Email', 'Phone'],
      ['56', 'test', '', ''],
      ['57', 'Ann Lee', 'ann@example.com', '07700 900123'],
    ]);
    expect(pairs).toEqual([
      ['Name', 'Ann Lee'],
      ['Email', 'ann@example.com'],
      ['Phone', '07700 900123'],
    ]);
  });

  it('takes the last row holding a contact: a sheet grows at the bottom', () => {
    const pairs = sheetPairs([
      ['', 'A', 'B'],
      ['1', 'full_name', 'email'],
      ['41', 'Tobias Wendt', 't.wendt@example.com'],
      ['42', 'Henrik Böttcher', 'henrik@example.com'],
      ['43', '', ''],
    ]);
    expect(pairs).toEqual([
      ['full_name', 'Henrik Böttcher'],
      ['email', 'henrik@example.com'],
    ]);
  });

  it('reads a row-number column alone when it starts at the header’s row 1', () => {
    expect(
      sheetPairs([
        ['1', 'Name', 'Email'],
        ['9', 'Ann Lee', 'ann@example.com'],
      ]),
    ).toEqual([
      ['Name', 'Ann Lee'],
      ['Email', 'ann@example.com'],
    ]);
  });

  it('is no sheet without the grid: years down a column, letters out of order', () => {
    expect(
      sheetPairs([
        ['2025', 'Lawn care', '£420'],
        ['2026', 'Hedges', '£180'],
      ]),
    ).toBeNull();
    expect(
      sheetPairs([
        ['A', 'C', 'B'],
        ['Name', 'Email', 'Phone'],
        ['Ann Lee', 'ann@example.com', '07700 900123'],
      ]),
    ).toBeNull();
  });
});
