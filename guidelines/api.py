"""Read-only API for the principles that findings cite."""

from __future__ import annotations

from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from guidelines import selectors
from reviews.api.serializers import ErrorSerializer, PrincipleDetailSerializer, PrincipleSerializer
from reviews.pagination import KeysetOrder


class PrincipleListView(generics.ListAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = PrincipleSerializer
    keyset_order = KeysetOrder(("order", "title", "id"), salt="api-principles")

    def get_queryset(self):
        return selectors.principles()

    @extend_schema(responses={200: PrincipleSerializer(many=True), 400: ErrorSerializer,
                              401: ErrorSerializer, 404: ErrorSerializer})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class PrincipleDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: PrincipleDetailSerializer, 400: ErrorSerializer,
                              401: ErrorSerializer, 404: ErrorSerializer})
    def get(self, request, slug: str):
        principle = selectors.principles().filter(slug=slug).first()
        if principle is None:
            raise NotFound("No principle has that slug.")
        return Response(PrincipleDetailSerializer(principle).data)


urlpatterns = [
    path("principles", PrincipleListView.as_view(), name="api_principles"),
    path("principles/<slug:slug>", PrincipleDetailView.as_view(), name="api_principle"),
]
