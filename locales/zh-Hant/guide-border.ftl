# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = 邊境地帶、檢查站和機場
border-summary = 您住在邊境附近、在邊境附近旅行，或者搭飛機。
border-first = 在邊境口岸，以及從其他國家抵達機場時，規定不一樣。執法人員在那裡有更大的權力。
border-do-checkpoint = 在固定檢查站，執法人員可以攔下每一輛車，問幾個簡短的問題。您可以保持沉默。
border-do-no-search = 在邊境口岸本身以外的地方，包括美國國內的檢查站，您可以拒絕讓他們搜查您的車。如果執法人員有相當理由，他們還是可以搜查。在邊境口岸，他們可以不經您同意就搜查您的車。
border-do-phone = 過境之前，關閉臉部和指紋解鎖，並少帶一些資料。
border-do-papers = 如果您有移民文件，請隨身攜帶。拿到這些文件的成年人必須攜帶。
border-do-green-card = 如果您有綠卡，您不必簽 I-407 表格；簽了這份表格就是放棄您的綠卡。您可以改為要求見移民法官。
border-do-travel-lawyer = 如果您有綠卡或簽證，而且曾經被逮捕過，請在出國旅行之前先和律師談談。
border-dont-lie = 不要對邊境執法人員說謊。不要出示假證件。
border-dont-run = 不要逃跑或反抗。
border-why-zone = 聯邦法律允許執法人員在離邊境「合理距離」以內搜查車輛，尋找沒有證件的人；相關法規把這個距離定為直線距離 100 英里。
border-why-stop = 在邊境地帶，執法人員仍然需要合理懷疑，才能把車攔下來。巡邏時搜查車輛，需要相當理由或您的同意。
border-why-checkpoint = 最高法院允許在固定檢查站，不需要任何懷疑就做簡短的攔停。
border-why-car-search = 在邊境以外，執法人員需要您的同意或相當理由才能搜查車子，即使在檢查站也一樣。
border-why-answers = 從其他國家入境時，美國公民只需要回答關於自己是誰和自己公民身分的問題。綠卡持有人只需要回答關於自己是誰和自己身分的問題；拒絕回答其他問題可能會造成延誤。訪客和簽證持有人如果不回答，可以被拒絕入境。
border-unsettled-expedited = 不經法院聽證的快速遣返，現在已擴大到美國任何地方，適用於無法證明在這裡住滿兩年的人。法院已經不只一次改變這個做法。
border-unsettled-phones = 邊境搜查手機的規定正在改變。請看關於手機的指南。
