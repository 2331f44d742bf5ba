# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = 在车里
car-summary = 警察或执法人员拦下您正在驾驶或乘坐的车。
car-first = 把车停在安全的地方。关掉发动机。把手放在方向盘上；如果您是乘客，就把手放在腿上。
car-do-papers = 如果您是司机，警察要求时，出示驾照、车辆登记和保险证明。州法律要求这样做。
car-do-out = 如果警察让您下车，就下车。司机和乘客都是这样。
car-do-silent = 无论是司机还是乘客，您都可以保持沉默。您不必谈论您的移民身份。
car-do-no-search = 您可以拒绝让他们搜查车。如果警察有充分的理由认为会找到犯罪证据，他们仍然可以搜查。
car-do-passenger-free = 乘客可以问自己是否可以离开。如果可以，就平静地离开。
car-dont-run = 不要开车离开或逃跑。即使您认为这次拦截不公平，也不要争吵或打斗。
car-dont-lie = 不要说谎。不要出示假证件。
car-dont-reach = 不要先不告诉警员，就把手伸到座位下面或包里。
car-why-out = 最高法院认为，在合法拦截期间，警察可以命令司机和乘客下车。
car-why-passenger = 警察拦下一辆车时，乘客也算被拦下，并且可以在法院对非法拦截提出异议。
car-why-checkpoint = 在美国境内的固定移民检查站，执法人员可以在没有任何怀疑的情况下拦车，并问简短的问题。
car-why-roving = 在边境附近，执法人员可以搜查车辆，寻找没有证件的人，但他们仍然需要正当理由才能让一辆车靠边停下。搜查车辆需要有充分的理由或您的同意。
car-unsettled-name = 乘客是否必须说出姓名，取决于所在的州。请看上面关于您所在州的说明。
