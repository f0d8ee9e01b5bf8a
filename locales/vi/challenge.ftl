### ChallengeText (vi)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Chế độ thử nghiệm: bước này thay cho bước xác minh của ngân hàng bạn (3-D Secure). Hãy chọn câu trả lời mà ngân hàng của bạn sẽ đưa ra.
challenge-approve = Chấp thuận
challenge-refuse = Từ chối
