### SubscriptionText (en)
## The subscription pages' texts.

subscription-no-subscription = You have no subscription with this merchant.
subscription-ended-heading = Ended subscriptions
subscription-price-label = Price
subscription-quantity-label = Quantity
subscription-status-label = Status
subscription-renews-on = Renews on
subscription-ends-on = Ends on
subscription-ended-on = Ended on
subscription-pending-label = Pending changes
subscription-pending-cancel = Ends on { $date } instead of renewing. You keep access until then.
subscription-pending-downgrade = Changes to { $plan } × { $quantity } on { $date }.
subscription-per-day = { $amount } per day
subscription-per-week = { $amount } per week
subscription-per-month = { $amount } per month
subscription-per-year = { $amount } per year
subscription-every-days =
    { $count ->
        [one] { $amount } every { $count } day
       *[other] { $amount } every { $count } days
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } every { $count } week
       *[other] { $amount } every { $count } weeks
    }
subscription-every-months =
    { $count ->
        [one] { $amount } every { $count } month
       *[other] { $amount } every { $count } months
    }
subscription-every-years =
    { $count ->
        [one] { $amount } every { $count } year
       *[other] { $amount } every { $count } years
    }
subscription-status-trialing = Free trial
subscription-status-active = Active
subscription-status-past-due = Payment overdue
subscription-status-unpaid = Unpaid
subscription-status-canceled = Canceled
subscription-change-link = Change { $plan }
subscription-cancel-plan = Cancel { $plan }
subscription-reactivate-plan = Keep { $plan }
subscription-resubscribe-plan = Subscribe again to { $plan }
subscription-done-changed = Your plan has been changed.
subscription-done-scheduled = Your change is scheduled for the end of the current period.
subscription-done-canceled = Your subscription has been canceled.
subscription-done-reactivated = Your subscription will renew as usual.
subscription-done-resubscribed = You are subscribed again.
subscription-change-heading = Change plan
subscription-choose-plan-legend = Plan
subscription-current-plan = Current plan
subscription-upgrade = Upgrade
subscription-downgrade = Downgrade
subscription-review-button = Review the change
subscription-no-other-plan = No other plan is offered for this subscription.
subscription-review-heading = Review your change
subscription-new-plan-label = New plan
subscription-item-header = Item
subscription-amount-header = Amount
subscription-line-unused = Unused time on { $quantity } × { $plan }
subscription-line-remaining = Remaining time on { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } until { $date }
subscription-total-label = Total
subscription-credit-applied-label = Credit from your balance
subscription-due-now-label = Due now
subscription-credit-added-label = Credit added to your balance for your next invoices
subscription-next-renewal = Then { $price }, next on { $date }.
subscription-scheduled-note = This change takes effect on { $date }. Nothing is charged now.
subscription-no-change = This is already your plan and quantity.
subscription-confirm-change = Confirm the change
subscription-choose-another = Choose another plan
subscription-cancel-heading = Cancel subscription
subscription-access-until = If you cancel, { $plan } stays active until { $date }, then ends. You will not be charged again.
subscription-access-ends-now = If you cancel, { $plan } ends immediately and your access stops now.
subscription-reason-legend = Why are you canceling? (optional)
subscription-comment-label = Anything else you want to tell us? (optional)
subscription-keep-subscription = Keep my subscription
subscription-already-canceling = This subscription already ends on { $date }.
subscription-already-ended = This subscription has ended.
subscription-reason-too-expensive = It's too expensive
subscription-reason-missing-features = Features I need are missing
subscription-reason-switched-service = I'm switching to another service
subscription-reason-unused = I don't use it enough
subscription-reason-customer-service = I'm unhappy with customer service
subscription-reason-too-complex = It's too complicated
subscription-reason-low-quality = The quality is not good enough
subscription-reason-other = Another reason
subscription-status-paused = Paused
subscription-resumes-on = Resumes on
subscription-pending-pause = Billing pauses on { $start } and resumes on { $resume }.
subscription-pause-plan = Pause { $plan }
subscription-resume-plan = Resume { $plan } now
subscription-resume-note = Resuming now starts a new billing period today, charged at once.
subscription-keep-billing = Don't pause { $plan }
subscription-done-paused = Your subscription will pause at the end of the current period.
subscription-done-resumed = Your subscription is billing again.
subscription-pause-heading = Pause subscription
subscription-pause-explain = Billing pauses when your current period ends, on { $date }. Until then nothing changes; while paused, nothing is charged. Billing resumes by itself when the pause ends, or earlier whenever you choose.
subscription-pause-legend = Pause for
subscription-pause-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }
subscription-pause-months =
    { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
subscription-pause-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
subscription-already-pausing = This subscription already has a pause: billing resumes on { $date }.
subscription-cannot-pause = This subscription cannot be paused now: only an active subscription billed in advance, without a pending cancellation, can be.
subscription-offer-heading = Before you go
subscription-offer-discount =
    { $count ->
        [one] Stay with { $plan } and get { $percent }% off your next invoice.
       *[other] Stay with { $plan } and get { $percent }% off your next { $count } invoices.
    }
subscription-offer-pause = Pause { $plan } for { $length } instead: billing stops on { $date }, nothing is charged meanwhile, and it resumes by itself.
subscription-accept-offer = Accept the offer
subscription-decline-offer = No thanks, cancel { $plan }
subscription-done-retained = Thanks for staying. The offer is applied to your subscription.
subscription-discount-label = Discount
subscription-discount-running =
    { $count ->
        [one] { $percent }% off the next invoice
       *[other] { $percent }% off the next { $count } invoices
    }
