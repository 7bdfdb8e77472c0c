"""Opening an article's web address from the reader (`o`), in whatever browser the system has.

Python's `webbrowser` picks a graphical browser when there is a display, and otherwise a
terminal one (w3m, lynx, links, `www-browser`) that would draw over the reader's screen and read
its keys. A terminal browser runs with the app suspended, so the reader comes back as it was
when the browser quits; a graphical one starts in the background and the reader stays. With no
browser at all, the address is shown in a notification to copy.
"""

from __future__ import annotations

import webbrowser

from textual.app import App


def open_in_browser(app: App[object], url: str) -> None:
    """Open `url` in a browser, suspending the app for a terminal browser (module doc)."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        app.notify(f"No web browser found. The address is {url}", markup=False, timeout=10)
        return
    in_terminal = type(browser) is webbrowser.GenericBrowser  # not BackgroundBrowser
    try:
        if in_terminal:
            with app.suspend():
                opened = browser.open(url)
        else:
            opened = browser.open(url)
    except Exception as error:  # noqa: BLE001 - a failed browser must not end the reading
        app.notify(f"Cannot open a browser ({error}). The address is {url}", markup=False)
        return
    if opened:
        app.notify(f"Opened {url}", markup=False)
    else:
        app.notify(f"The browser did not open. The address is {url}", markup=False, timeout=10)
