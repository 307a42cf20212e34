import { describe, expect, it } from 'vitest';
import { browserFromUserAgent } from '../../../lib/reporting/browser-info';

describe('the browser a report comes from', () => {
  it('name the browser from its user agent', () => {
    expect(
      browserFromUserAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7000.1 Safari/537.36',
      ),
    ).toEqual({ browser: 'chrome', browserVersion: '156.0.7000.1' });
    expect(
      browserFromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0 Safari/537.36 Edg/140.0.1'),
    ).toEqual({
      browser: 'edge',
      browserVersion: '140.0.1',
    });
    expect(browserFromUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toEqual({
      browser: 'firefox',
      browserVersion: '140.0',
    });
    expect(browserFromUserAgent('curl/8')).toEqual({ browser: 'unknown', browserVersion: null });
  });

  it('tells Opera and headless Chromium from Chrome', () => {
    expect(browserFromUserAgent('Mozilla/5.0 Chrome/140.0.1 Safari/537.36 OPR/125.0.2')).toEqual({
      browser: 'opera',
      browserVersion: '125.0.2',
    });
    expect(browserFromUserAgent('Mozilla/5.0 HeadlessChrome/156.0.1 Safari/537.36')).toEqual({
      browser: 'chrome',
      browserVersion: '156.0.1',
    });
  });
});
