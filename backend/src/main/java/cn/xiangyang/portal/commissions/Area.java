package cn.xiangyang.portal.commissions;

/**
 * An area of Xiangyang (district, county-level city, county or development zone) and the commission
 * that serves it.
 *
 * @param kind {@code DISTRICT}, {@code CITY}, {@code COUNTY} or {@code ZONE}
 */
public record Area(String code, String name, String kind, String commissionId, int sortOrder) {}
