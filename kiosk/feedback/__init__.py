"""'You said, we did': small bundles the organiser signs and kiosks show. No Textual here.

Import the parts from their modules (`kiosk.feedback.bundle`, `kiosk.feedback.folder`): the
kiosk looks for feedback before its first paint, and only loads the signature checks when
there is some.
"""
