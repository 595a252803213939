"""`frontlines serve`: an HTTP API and an offline map over one store.

settings.py holds the limits, backend.py is the only module that calls the
store, app.py the routes, command.py the command line; static/ the map and
the API docs page with their vendored libraries (see package.json).
"""
