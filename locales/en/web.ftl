## The web app: kyr in a phone's browser

# Home: the button that opens the add-to-home-screen steps.
web-install-open = Add kyr to your home screen
web-install-open-hint = Then it opens like an app and works with no internet.
web-install-title = Put kyr on your home screen
web-install-intro = Open this page once with internet. Then add it to your home screen. After that, kyr opens and works with no internet.
web-install-android = Android phone (Chrome)
web-install-android-1 = Tap the menu button. It has three dots, in a top corner of the screen.
web-install-android-2 = Tap "Add to Home screen" or "Install app".
web-install-android-3 = Tap "Install" or "Add".
web-install-iphone = iPhone (Safari)
web-install-iphone-1 = Tap the Share button. It is a square with an arrow pointing up.
web-install-iphone-2 = Scroll down and tap "Add to Home Screen".
web-install-iphone-3 = Tap "Add".
web-install-iphone-note = On iPhone, a web page's saved settings can be erased by the phone. Adding kyr to your home screen helps keep them.
web-install-done = kyr is on your home screen. Open it from there.

# The printed flyer with a QR code of the web app's address.
web-flyer-title = Know your rights, on your phone, with no internet
web-flyer-scan = Point your phone's camera at this code to open kyr. Or type the address below.

# The privacy promise, as it is true for the web version.
web-privacy-text = The website that hosts kyr, and your internet provider, can see that this phone downloaded it. After that, kyr sends nothing and needs no internet. It keeps only your settings, the contacts you save, and your emergency plan if you make one, in this browser. Your plan is locked with your PIN. You can erase everything in Settings.

# A new version of the web app was downloaded; it starts when the person chooses.
web-update-ready = A new version of kyr is ready.
web-update-reload = Reload now

# The emergency plan in the web app: the browser may lose it, so it can be saved as a file.
web-vault-keep-title = Keep a copy of your plan
web-vault-keep-text = A phone can erase what a web page keeps. Save a copy of your plan as a file. The copy stays locked with your PIN. Keep it where only you can find it.
web-vault-export = Save a locked copy
web-vault-import = Open a saved copy
web-vault-restored = Your saved plan is back. Open it with your PIN.

web-language-offline = This language is not saved on this phone yet. Connect to the internet once, then choose it again.
error-not-in-web-app = This part is only in the kyr app, not in the web version.
