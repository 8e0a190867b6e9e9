"""Quizzes: the question bank (``Soal``), quizzes (``Kuis``), attempts and answers, marking of
essays, results and trainer reports. Models live here but belong to the ``kursus`` app
(kursus/models.py imports them), so the app has one migration history."""
