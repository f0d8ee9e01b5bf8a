// The shared support of the portal's browser journeys (see e2e/README.md): import
// everything from here.
//
//   import { test, expect, signIn, expectAccessible } from './support';
export { expect } from '@playwright/test';

export { expectAccessible, WCAG_TAGS } from './axe';
export { apiUrl, demoSecretKey, merchantReturnUrl } from './env';
export { watchForErrors, type WatchOptions } from './errors';
export {
  Merchant,
  type ApiObject,
  type ApiResult,
  type CallOptions,
  type CardOptions,
  type EventQuery,
  type PlanPrice,
  type PortalSessionParams,
  type SubscribeOptions,
} from './merchant';
export {
  HANDOFF_FORM,
  MERCHANT_PAGE_HEADING,
  gotoPortal,
  isNoJs,
  openPortalLink,
  scriptsOff,
  serveMerchantSite,
  settle,
  signIn,
  test,
  type OpenedLink,
  type SignedIn,
} from './portal';
export { Keyboard, focused, missingFocusIndicator } from './keyboard';
export { SCREEN_SIZES, captureScreens } from './screens';
export { PAGES, TOUR_CONFIGURATION, customerWithEverything, type PortalPage } from './tour';
export { clippedText, horizontalOverflow, type Overflow } from './layout';
