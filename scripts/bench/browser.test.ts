import { describe, expect, it } from 'vitest';
import { splitInlineStyles } from './browser';

describe('splitInlineStyles', () => {
  it('takes every <style> element out of the page and returns its CSS', () => {
    const page = '<head><style>a{color:red}</style><STYLE media="print">\nb{}\n</STYLE></head><body><p>style</p></body>';
    expect(splitInlineStyles(page)).toEqual({ html: '<head></head><body><p>style</p></body>', styles: 'a{color:red}\n\nb{}\n' });
  });

  it('leaves a page without styles as it is', () => {
    expect(splitInlineStyles('<p style="color:red">x</p>')).toEqual({ html: '<p style="color:red">x</p>', styles: '' });
  });
});
