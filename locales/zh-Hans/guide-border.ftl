# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = 边境地带、检查站和机场
border-summary = 您住在边境附近、在边境附近出行，或者坐飞机。
border-first = 在边境口岸，以及从其他国家到达机场时，规定不一样。执法人员在那里有更大的权力。
border-do-checkpoint = 在固定检查站，执法人员可以拦下每一辆车，问几个简短的问题。您可以保持沉默。
border-do-no-search = 在边境口岸本身以外的地方，包括美国境内的检查站，您可以拒绝让他们搜查您的车。如果执法人员有相当理由，他们仍然可以搜查。在边境口岸，他们可以不经您同意就搜查您的车。
border-do-phone = 过境之前，关闭面容和指纹解锁，手机里少带数据。
border-do-papers = 如果您有移民文件，请随身携带。拿到这些文件的成年人必须携带。
border-do-green-card = 如果您有绿卡，您不必签署 I-407 表格；签了这份表格就是放弃您的绿卡。您可以改为要求见移民法官。
border-do-travel-lawyer = 如果您有绿卡或签证，并且曾经被逮捕过，请在出国旅行之前先和律师谈一谈。
border-dont-lie = 不要对边境执法人员说谎。不要出示假证件。
border-dont-run = 不要逃跑或反抗。
border-why-zone = 联邦法律允许执法人员在距离边境“合理距离”以内搜查车辆，寻找没有证件的人；相关规定把这个距离定为 100 英里直线距离。
border-why-stop = 在边境地带，执法人员仍然需要有合理怀疑，才能让一辆车靠边停下。流动巡查时搜查车辆，需要有相当理由或您的同意。
border-why-checkpoint = 最高法院允许在固定检查站进行简短拦查，不需要任何怀疑。
border-why-car-search = 在边境以外，执法人员需要您的同意或相当理由才能搜查车辆，即使在检查站也是这样。
border-why-answers = 从其他国家入境时，美国公民只需要回答关于自己是谁和自己公民身份的问题。绿卡持有人只需要回答关于自己是谁和自己身份的问题；拒绝回答其他问题可能会造成延误。访客和签证持有人如果不回答，可以被拒绝入境。
border-unsettled-expedited = 对于无法证明已在美国住满两年的人，不经法庭听证的快速遣返现在适用于美国任何地方。法院已经不止一次改变了这一做法。
border-unsettled-phones = 边境手机搜查的规定正在变化。请看关于手机的指南。
