### LayoutText (en)
## Texts shared by every module page.

layout-session-ended-heading = Your session has ended
layout-session-ended-advice = For your security, billing sessions end after a while or when you return to the merchant. To continue, go back to the merchant and open the billing portal again.
layout-problem-heading = Something went wrong
layout-nav-label = Billing
layout-overview = Overview
layout-menu = Menu
layout-language-label = Language
layout-language-button = Change language
layout-terms = Terms of service
layout-privacy = Privacy policy
layout-session-ending-soon =
    { $minutes ->
        [one] Your session ends in about { $minutes } minute. Stay to keep what you typed.
       *[other] Your session ends in about { $minutes } minutes. Stay to keep what you typed.
    }
layout-stay-signed-in = Stay signed in
layout-back-to-overview = Back to overview
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Signed in as { $account }
