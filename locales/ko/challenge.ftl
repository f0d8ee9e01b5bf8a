### ChallengeText (ko)
## The bank challenge's texts, the same on every page.

challenge-test-notice = 테스트 모드: 이 단계는 카드사의 본인 인증(3-D Secure)을 대신합니다. 카드사의 응답을 선택해 주세요.
challenge-approve = 승인
challenge-refuse = 거절
