package cn.xiangyang.portal.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebInputException;

/** Builds RFC 9457 problem bodies with Chinese titles and details. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  static String titleFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "请求内容有误";
      case 401 -> "需要登录";
      case 403 -> "没有权限";
      case 404 -> "找不到";
      case 405 -> "请求方式不支持";
      case 406 -> "无法提供所需格式";
      case 409 -> "与现有数据冲突";
      case 413 -> "提交内容过大";
      case 415 -> "内容格式不支持";
      case 429 -> "请求过于频繁";
      case 503 -> "服务暂时不可用";
      default -> status.is4xxClientError() ? "请求无法处理" : "服务器内部错误";
    };
  }

  static String detailFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "请求内容有误，请检查后重试。";
      case 401 -> "请先登录；如已登录，登录可能已过期，请重新登录。";
      case 403 -> "您的账号没有办理此项业务的权限。";
      case 404 -> "找不到您要访问的内容，请检查地址是否正确。";
      case 405 -> "该地址不支持这种请求方式。";
      case 406 -> "无法按请求的格式返回内容，请使用 application/json。";
      case 413 -> "提交的内容超过了大小限制，请减少内容或压缩文件后重试。";
      case 415 -> "提交内容的格式不支持，请以 application/json 提交。";
      case 429 -> "请求过于频繁，请稍后再试。";
      case 503 -> "服务暂时不可用，请稍后再试。";
      default -> status.is4xxClientError() ? "请求无法处理，请检查后重试。" : "服务器处理请求时出错，您提交的内容没有保存，请稍后重试。";
    };
  }

  static String describeInput(ServerWebInputException e) {
    String reason = e.getReason();
    if (reason != null && hasChinese(reason)) {
      return reason;
    }
    if (e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null) {
      return "参数 " + e.getMethodParameter().getParameterName() + " 缺失或格式不对。";
    }
    return "缺少必要参数或参数格式不对。";
  }

  static boolean hasChinese(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** The problem for a status, with the standard Chinese title and detail. */
  public static ProblemDetail standard(HttpStatus status) {
    return of(status, titleFor(status), detailFor(status));
  }
}
