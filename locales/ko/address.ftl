### AddressText (ko)
## The billing address page.

address-field-required = { $field } (필수)
address-field-optional = { $field } (선택)
address-country = 국가
address-choose-country = 국가 선택
address-choose-one = 선택하세요
address-update-fields = 이 국가의 입력란 표시
address-fields-updated = 이제 { $country }의 입력란이 표시됩니다. 확인한 후 저장하세요.
address-fields-updated-no-country = 입력란을 보려면 국가를 선택하세요.
address-line1 = 도로명 주소
address-line2 = 상세 주소
address-city = 시/군/구
address-state = 주
address-province = 주/도
address-prefecture = 도도부현
address-county = 카운티
address-region = 주/도/지역
address-zip-code = ZIP 코드
address-postal-code = 우편번호
address-postal-hint = 예: { $example }
address-save-button = 주소 저장
address-saved = 청구지 주소를 저장했습니다.
