### LayoutText (vi)
## Texts shared by every module page.

layout-session-ended-heading = Phiên của bạn đã kết thúc
layout-session-ended-advice = Để bảo mật cho bạn, phiên thanh toán sẽ kết thúc sau một thời gian hoặc khi bạn quay lại trang của người bán. Để tiếp tục, hãy quay lại trang của người bán và mở lại cổng thanh toán.
layout-problem-heading = Đã xảy ra lỗi
layout-nav-label = Thanh toán
layout-overview = Tổng quan
layout-menu = Menu
layout-language-label = Ngôn ngữ
layout-language-button = Đổi ngôn ngữ
layout-terms = Điều khoản dịch vụ
layout-privacy = Chính sách quyền riêng tư
layout-session-ending-soon = Phiên của bạn sẽ kết thúc sau khoảng { $minutes } phút. Hãy duy trì đăng nhập để giữ lại những gì bạn đã nhập.
layout-stay-signed-in = Duy trì đăng nhập
layout-back-to-overview = Quay lại trang tổng quan
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Đã đăng nhập với tư cách { $account }
