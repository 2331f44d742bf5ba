# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = 邊境地帶、檢查站和機場
border-summary = 您住在邊境附近、在邊境附近旅行，或者搭飛機。
border-first = 在邊境和機場，規定不一樣。執法人員在那裡有更大的權力。
border-do-checkpoint = 在固定檢查站，執法人員可以攔下每一輛車，問幾個簡短的問題。您可以保持沉默。
border-do-no-search = 不在檢查站的地方，您可以拒絕讓他們搜查您的車。
border-do-phone = 過境之前，關閉臉部和指紋解鎖，並少帶一些資料。
border-do-papers = 如果您有移民文件，請隨身攜帶。拿到這些文件的成年人必須攜帶。
border-dont-lie = 不要對邊境執法人員說謊。不要出示假證件。
border-dont-run = 不要逃跑或反抗。
border-why-zone = 聯邦法律允許執法人員在離邊境「reasonable distance」（合理距離）以內搜查車輛，尋找沒有證件的人；相關法規把這個距離定為直線距離 100 英里。
border-why-stop = 在邊境地帶，執法人員仍然需要合理懷疑，才能把車攔下來。巡邏時搜查車輛，需要相當理由或您的同意。
border-why-checkpoint = 最高法院允許在固定檢查站，不需要任何懷疑就做簡短的攔停。
border-unsettled-expedited = 不經法院聽證的快速遣返，現在已擴大到美國任何地方，適用於無法證明在這裡住滿兩年的人。法院已經不只一次改變這個做法。
border-unsettled-phones = 邊境搜查手機的規定正在改變。請看關於手機的指南。
