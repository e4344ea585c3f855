// A service worker that caches nothing: it only has to exist, and then not.
self.addEventListener('fetch', function () {});
