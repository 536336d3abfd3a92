/**
 * Data sharing and exchange (数据共享交换): the base registers (population, legal persons) that applications and
 * identity read instead of asking citizens for paper, and, as this module grows, the resource catalogue, access
 * grants, the governed gateway and its access log. "共享为原则、不共享为例外".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exchange")
package org.govhall.exchange;
