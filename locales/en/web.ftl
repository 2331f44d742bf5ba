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
web-privacy-text = The website that hosts kyr, and your internet provider, can see that this phone downloaded it. After that, kyr sends nothing and needs no internet. It keeps only your settings and the contacts you save, in this browser. You can erase them in Settings.

# A new version of the web app was downloaded; it starts when the person chooses.
web-update-ready = A new version of kyr is ready.
web-update-reload = Reload now

web-language-offline = This language is not saved on this phone yet. Connect to the internet once, then choose it again.
error-not-in-web-app = This part is only in the kyr app, not in the web version.
