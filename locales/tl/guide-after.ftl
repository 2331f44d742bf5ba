# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = Pagkatapos ng pagharap sa mga opisyal
after-summary = Isulat ito, humingi ng tulong, at hanapin ang taong kinuha.
after-first = Kapag ligtas ka na, isulat agad kung ano ang nangyari.
after-do-write = Isulat ang petsa, oras at lugar, ang sinabi at ginawa ng mga opisyal, ang mga pangalan o badge number nila, ang mga plaka ng kotse, at ang mga kinuha nila.
after-do-witnesses = Isulat ang mga pangalan at numero ng telepono ng mga saksi. Itago nang ligtas ang mga litrato at video.
after-do-lawyer = Kausapin ang isang abogado o isang rapid response hotline (hotline para sa mabilisang tulong) tungkol sa nangyari.
after-do-find = Kung may kinuha, hanapin siya sa { -ice } Online Detainee Locator (paghahanap ng mga nakakulong sa internet) gamit ang kanyang numerong A (A-number) at ang bansang sinilangan niya, o ang eksaktong pangalan niya at ang bansang sinilangan niya.
after-do-line = Puwede ka ring tumawag sa linya ng impormasyon tungkol sa detensyon ng { -ice }: 1-888-351-4024.
after-dont-post = Huwag mag-post online ng mga detalye tungkol sa status ng isang tao.
after-dont-sign = Huwag pumirma ng mga papel para sa isang taong nakakulong bago ka makipag-usap sa abogado.
after-why-record = Protektado sa ilang pederal na korte ng apela ang pagre-record sa mga opisyal habang ginagawa nila ang trabaho nila sa publiko. Makakatulong sa abogado ang mga tala at video mo.
after-why-locator = Ang { -ice } ang nagpapatakbo ng Online Detainee Locator. Puwede kang maghanap gamit ang numerong A (A-number) at ang bansang sinilangan, o gamit ang pangalan at ang bansang sinilangan.
after-unsettled-locator = Maaaring hindi nakalista sa locator ang lahat. Maaaring hindi nakalista ang mga batang wala pang 18 taong gulang. Kung hindi mo mahanap ang tao, tumawag sa abogado.
