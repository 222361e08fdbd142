from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.accounts import tokens
from marketplace.api import token_serializers as s


class TokenApi(APIView):
    """Issue an API token, for scripts. Only a signed-in session (with its second factor, for
    staff) gets one: a token cannot mint another."""

    authentication_classes = [SessionAuthentication]

    @extend_schema(request=s.TokenCreateSerializer, responses={201: s.IssuedTokenSerializer})
    def post(self, request):
        payload = s.TokenCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        token, key = tokens.api_token_issue(request=request, **payload.validated_data)
        token.token = key
        return Response(s.IssuedTokenSerializer(token).data, status=status.HTTP_201_CREATED)


class TokenListApi(APIView):
    @extend_schema(responses=s.ApiTokenSerializer(many=True))
    def get(self, request):
        mine = tokens.api_tokens_of(user=request.user)
        return Response(s.ApiTokenSerializer(mine, many=True).data)


class TokenDetailApi(APIView):
    @extend_schema(request=None, responses={204: None})
    def delete(self, request, pk: int):
        token = tokens.api_token_get_for_user(user=request.user, pk=pk)
        tokens.api_token_revoke(user=request.user, token=token)
        return Response(status=status.HTTP_204_NO_CONTENT)
