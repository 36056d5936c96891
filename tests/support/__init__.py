"""Helpers shared by the test suite: tiny sites, the CLI, links, HTML validation.

Plain functions over real files and processes (no mocks), so the same checks
that guard the tests can be run by hand on any built site.
"""
