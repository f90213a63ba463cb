FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml ./
COPY govsocial ./govsocial
COPY guidelines ./guidelines
COPY reviews ./reviews
COPY templates ./templates
COPY manage.py ./
RUN pip install --no-cache-dir . \
    && DEBUG=0 SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput
RUN useradd --create-home govsocial && mkdir -p /app/var && chown govsocial /app/var
USER govsocial
EXPOSE 8000
CMD ["gunicorn", "govsocial.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
